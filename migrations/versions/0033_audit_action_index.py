"""audit_log: an index on (action, at, id) for the /audit page's action filter (`?tindakan=`), newest first

Since the chat's commands and the product's own changes joined the log, it grows with every staff command; the
filter's count and page read the whole table without it (200,000 entries on PostgreSQL: 25-31 ms a count, a rare
action's last page 29 ms; with it 0.1-5 ms and 4 ms).

Revision ID: 0033
Revises: 0032
"""

from alembic import op

revision = "0033"
down_revision = "0032"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_audit_log_action_at", "audit_log", ["action", "at", "id"])


def downgrade() -> None:
    op.drop_index("ix_audit_log_action_at", table_name="audit_log")
