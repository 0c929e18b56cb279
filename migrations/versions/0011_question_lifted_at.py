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
    # Questions left open before: on a finished or archived complaint they lapse (as the code now does when a
    # complaint finishes); on any other complaint not waiting (tertunda) it went on without them.
    op.execute("UPDATE questions SET answered_at = CURRENT_TIMESTAMP WHERE answered_at IS NULL AND complaint_id IN "
               "(SELECT id FROM complaints WHERE status IN ('selesai', 'diarsipkan'))")
    op.execute("UPDATE questions SET lifted_at = CURRENT_TIMESTAMP WHERE answered_at IS NULL AND complaint_id IN "
               "(SELECT id FROM complaints WHERE status <> 'tertunda')")


def downgrade() -> None:
    with op.batch_alter_table("questions") as batch_op:
        batch_op.drop_column("lifted_at")
