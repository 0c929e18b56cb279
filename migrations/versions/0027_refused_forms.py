"""refused_forms: a refused dashboard action's form, kept for the page it redirects to (Post/Redirect/Get)

Revision ID: 0027
Revises: 0026
"""

import sqlalchemy as sa
from alembic import op

import models.base

revision = "0027"
down_revision = "0026"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "refused_forms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=32), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("fields", models.base.JSONType, nullable=False),
        sa.Column("messages", models.base.JSONType, nullable=False),
        sa.Column("status", sa.Integer(), nullable=False),
        sa.Column("created_at", models.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["web_sessions.id"], name=op.f("fk_refused_forms_session_id_web_sessions"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_refused_forms")),
        sa.UniqueConstraint("token", name=op.f("uq_refused_forms_token")),
    )
    op.create_index(op.f("ix_refused_forms_session_id"), "refused_forms", ["session_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_refused_forms_session_id"), table_name="refused_forms")
    op.drop_table("refused_forms")
