"""questions.lifted_at: a question stops holding its complaint when an agency or the verifier goes on without the
answer, but stays open so the citizen's answer still reaches the asker

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

import models.base

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("questions") as batch_op:
        batch_op.add_column(sa.Column("lifted_at", models.base.UTCDateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("questions") as batch_op:
        batch_op.drop_column("lifted_at")
