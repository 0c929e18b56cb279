"""complaints: a trigram index on the reporter's name, for the dashboard's search by reporter, on PostgreSQL

`lapor.queue.search_condition` also looks for each word in `lower(reporter_name)` for staff who may see reporters
(an OR beside the text expression of migration 0025). Without an index of its own that OR makes PostgreSQL read
the whole table; with it, the two GIN indexes answer together (BitmapOr). PostgreSQL only, like 0025; where pg_trgm
is missing, the migration goes on without the index.

Revision ID: 0026
Revises: 0025
"""

import logging

from alembic import op
from sqlalchemy.exc import DBAPIError

revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None

logger = logging.getLogger("alembic.runtime.migration")

# models.complaint.REPORTER_EXPRESSION, written as PostgreSQL stores it
EXPRESSION = "lower((reporter_name)::text)"
INDEX = "ix_complaints_reporter_trgm"


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "postgresql":
        return
    try:
        with connection.begin_nested():
            connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except DBAPIError as exc:
        logger.warning("pg_trgm could not be created (%s); the search by reporter works without its index", exc.orig)
        return
    connection.exec_driver_sql(f"CREATE INDEX {INDEX} ON complaints USING gin ({EXPRESSION} gin_trgm_ops)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP INDEX IF EXISTS {INDEX}")
