"""indexes for staff lookups and digests (found by bench/scheduler_bench.py)

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_contacts_role", "contacts", ["role"], postgresql_where=sa.text("role IS NOT NULL"),
                    sqlite_where=sa.text("role IS NOT NULL"))
    op.create_index("ix_dispositions_open_due", "dispositions", ["due_at"],
                    postgresql_where=sa.text("status = 'open'"), sqlite_where=sa.text("status = 'open'"))
    op.create_index("ix_complaints_finished", "complaints", ["finished_at"])


def downgrade() -> None:
    op.drop_index("ix_complaints_finished", table_name="complaints")
    op.drop_index("ix_dispositions_open_due", table_name="dispositions")
    op.drop_index("ix_contacts_role", table_name="contacts")
