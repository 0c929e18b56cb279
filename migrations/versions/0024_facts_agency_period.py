"""performance_facts: an index in agency order covering the figures, for a long period's per-agency medians

Revision ID: 0024
Revises: 0023
"""

from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None


# models.facts.FIGURE_COLUMNS as of this revision
INCLUDE = ["kind", "source", "district", "finished", "on_time", "late", "returned", "open_due_at", "rating",
           "first_response", "completion", "reopened"]


def upgrade() -> None:
    op.create_index("ix_performance_facts_agency_period", "performance_facts", ["agency_id", "created_at"],
                    postgresql_include=INCLUDE)


def downgrade() -> None:
    op.drop_index("ix_performance_facts_agency_period", table_name="performance_facts")
