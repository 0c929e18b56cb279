"""Alembic environment: runs on the connection the app hands over, or on DATABASE_URL."""

import warnings

from alembic import context

from config import load_config
from models import Base
from models.complaint import compared_by_autogenerate
from models.db import make_engine

target_metadata = Base.metadata
# SQLite cannot reflect an index on an expression (the templates' title key, migration 0032); autogenerate leaves
# it out anyway (compared_by_autogenerate)
warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based index uq_answer_templates")


def run(connection) -> None:
    """Run the migrations on one connection."""
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=connection.dialect.name == "sqlite", compare_type=True,
                      include_object=compared_by_autogenerate)
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    run(connection)
else:
    with make_engine(load_config()["DATABASE_URL"]).begin() as own_connection:
        run(own_connection)
