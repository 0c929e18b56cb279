"""job_heartbeats: when each scheduled job last ran and succeeded (readiness and metrics across machines)

Revision ID: 0016
Revises: 0015
"""

import sqlalchemy as sa
from alembic import op

import models.base

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "job_heartbeats",
        sa.Column("job", sa.String(length=40), nullable=False),
        sa.Column("last_run_at", models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("last_success_at", models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("last_duration_ms", sa.Double(), nullable=False),
        sa.Column("runs", sa.Integer(), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("host", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("job", name=op.f("pk_job_heartbeats")),
    )


def downgrade() -> None:
    op.drop_table("job_heartbeats")
