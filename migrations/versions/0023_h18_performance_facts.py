"""complaints.district (the stored kecamatan) and performance_facts (the performance page's figures per pair)

Existing complaints are placed with the region's districts (REGION_SETTINGS, APP_TIMEZONE) and their facts are
written, as the service writes them for new ones (lapor/facts.py).

Revision ID: 0023
Revises: 0022
"""

import os

import sqlalchemy as sa
from alembic import op

import models.base

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("complaints") as batch:
        batch.add_column(sa.Column("district", sa.String(length=100), server_default="", nullable=False))
    op.create_table(
        "performance_facts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=True),
        sa.Column("created_at", models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("district", sa.String(length=100), nullable=False),
        sa.Column("finished", sa.Integer(), nullable=False),
        sa.Column("on_time", sa.Integer(), nullable=False),
        sa.Column("late", sa.Integer(), nullable=False),
        sa.Column("returned", sa.Integer(), nullable=False),
        sa.Column("open_due_at", models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("rating", sa.Integer(), nullable=True),
        sa.Column("first_response", sa.Double(), nullable=True),
        sa.Column("completion", sa.Double(), nullable=True),
        sa.Column("reopened", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["agency_id"], ["agencies.id"],
                                name=op.f("fk_performance_facts_agency_id_agencies")),
        sa.ForeignKeyConstraint(["complaint_id"], ["complaints.id"], ondelete="CASCADE",
                                name=op.f("fk_performance_facts_complaint_id_complaints")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_performance_facts")),
    )
    op.create_index("ix_performance_facts_period", "performance_facts", ["created_at", "agency_id"])
    op.create_index("ix_performance_facts_complaint", "performance_facts", ["complaint_id"])
    _cover_periods(COVERED)
    _place_and_count()


# What the performance page reads of a period's complaints, kept in the period indexes (PostgreSQL only).
COVERED = {"ix_complaints_created": ("created_at", ["parent_id", "kind", "source", "district", "status", "rating"]),
           "ix_complaints_finished": ("finished_at", ["parent_id", "status", "kind", "source", "district"])}


def _cover_periods(covered: dict) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, (column, include) in covered.items():
        op.drop_index(name, table_name="complaints")
        op.create_index(name, "complaints", [column], postgresql_include=include)


def _place_and_count() -> None:
    from sqlalchemy.orm import Session

    from lapor import facts
    from lapor.region import Region

    region = Region.load(os.environ.get("REGION_SETTINGS") or None, os.environ.get("APP_TIMEZONE") or "Asia/Jakarta")
    with Session(bind=op.get_bind()) as session:
        facts.place_all(session, region.districts)
        facts.rebuild(session)
        session.flush()


def downgrade() -> None:
    _cover_periods({name: (column, []) for name, (column, _) in COVERED.items()})
    op.drop_index("ix_performance_facts_complaint", table_name="performance_facts")
    op.drop_index("ix_performance_facts_period", table_name="performance_facts")
    op.drop_table("performance_facts")
    with op.batch_alter_table("complaints") as batch:
        batch.drop_column("district")
