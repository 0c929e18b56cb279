"""complaints: a trigram index for the dashboard's word search, on PostgreSQL

`lapor.queue.search_condition` looks for each word with LIKE '%word%' in one expression over the title, text and
place. Without an index that reads the whole table; a pg_trgm GIN index over the same expression answers it from
the index (words of three letters or more). The index is PostgreSQL's only: SQLite searches by reading the table,
as before. pg_trgm is a trusted extension (PostgreSQL 13+): the database's owner may create it. Where it cannot be
created, the migration says so and goes on without the index (search stays correct, only slower).

Revision ID: 0025
Revises: 0024
"""

import logging

from alembic import op
from sqlalchemy.exc import DBAPIError

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None

logger = logging.getLogger("alembic.runtime.migration")

# lapor.queue.SEARCHED, written as PostgreSQL stores it: the planner uses the index only for this very expression
EXPRESSION = "lower((((title)::text || ' '::text) || description) || ' '::text || (location_text)::text)"
INDEX = "ix_complaints_search_trgm"


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "postgresql":
        return
    try:
        with connection.begin_nested():
            connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except DBAPIError as exc:
        logger.warning("pg_trgm could not be created (%s); the dashboard's search works without its index",
                       exc.orig)
        return
    connection.exec_driver_sql(f"CREATE INDEX {INDEX} ON complaints USING gin ({EXPRESSION} gin_trgm_ops)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP INDEX IF EXISTS {INDEX}")
