"""dispositions.completion_days (working days to the final answer), indexes of reopenings and final answers

Existing final answers are measured with the region's calendar (REGION_SETTINGS, APP_TIMEZONE), as the service
measures new ones.

Revision ID: 0021
Revises: 0020
"""

import os
from datetime import UTC

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("dispositions") as batch:
        batch.add_column(sa.Column("completion_days", sa.Double(), nullable=True))
    op.create_index("ix_timeline_reopened", "timeline_entries", ["complaint_id", "at"],
                    postgresql_where=sa.text("event = 'dibuka_kembali'"),
                    sqlite_where=sa.text("event = 'dibuka_kembali'"))
    op.create_index("ix_dispositions_final_closed", "dispositions", ["closed_at"],
                    postgresql_where=sa.text("status = 'final'"), sqlite_where=sa.text("status = 'final'"))
    _measure_final_answers()


def _measure_final_answers() -> None:
    from lapor.region import Region

    calendar = Region.load(os.environ.get("REGION_SETTINGS") or None,
                           os.environ.get("APP_TIMEZONE") or "Asia/Jakarta").calendar
    connection = op.get_bind()
    rows = connection.execute(sa.text("SELECT id, created_at, closed_at FROM dispositions "
                                      "WHERE status = 'final' AND closed_at IS NOT NULL")).all()
    for row in rows:
        created, closed = (_aware(value) for value in (row.created_at, row.closed_at))
        connection.execute(sa.text("UPDATE dispositions SET completion_days = :days WHERE id = :id"),
                           {"days": round(calendar.working_days_between(created, closed), 2), "id": row.id})


def _aware(value):
    if isinstance(value, str):  # SQLite hands back text
        from datetime import datetime
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def downgrade() -> None:
    op.drop_index("ix_dispositions_final_closed", table_name="dispositions")
    op.drop_index("ix_timeline_reopened", table_name="timeline_entries")
    with op.batch_alter_table("dispositions") as batch:
        batch.drop_column("completion_days")
