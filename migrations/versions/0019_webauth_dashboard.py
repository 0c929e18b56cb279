"""web_sessions, login_codes, rate_limits, audit_log: the staff dashboard's login, sessions and audit trail

Revision ID: 0019
Revises: 0018
"""

import sqlalchemy as sa
from alembic import op

import models.base

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

UTC = models.base.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "web_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("created_at", UTC, nullable=False),
        sa.Column("last_seen_at", UTC, nullable=False),
        sa.Column("ended_at", UTC, nullable=True),
        sa.Column("address", sa.String(length=64), nullable=False),
        sa.Column("user_agent", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["staff_id"], ["contacts.id"], name=op.f("fk_web_sessions_staff_id_contacts"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_web_sessions")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_web_sessions_token_hash")),
    )
    op.create_index(op.f("ix_web_sessions_staff_id"), "web_sessions", ["staff_id"])
    op.create_table(
        "login_codes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", UTC, nullable=False),
        sa.Column("expires_at", UTC, nullable=False),
        sa.Column("tries", sa.Integer(), nullable=False),
        sa.Column("used_at", UTC, nullable=True),
        sa.ForeignKeyConstraint(["staff_id"], ["contacts.id"], name=op.f("fk_login_codes_staff_id_contacts"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_codes")),
    )
    op.create_index(op.f("ix_login_codes_phone"), "login_codes", ["phone"])
    op.create_table(
        "rate_limits",
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("window_start", UTC, nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_rate_limits")),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", UTC, nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=True),
        sa.Column("address", sa.String(length=64), nullable=False),
        sa.Column("detail", sa.JSON().with_variant(sa.dialects.postgresql.JSONB(), "postgresql"), nullable=False),
        sa.ForeignKeyConstraint(["actor_id"], ["contacts.id"], name=op.f("fk_audit_log_actor_id_contacts"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["complaint_id"], ["complaints.id"], name=op.f("fk_audit_log_complaint_id_complaints"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    op.create_index("ix_audit_log_at", "audit_log", ["at"])
    op.create_index(op.f("ix_audit_log_actor_id"), "audit_log", ["actor_id"])
    op.create_index(op.f("ix_audit_log_complaint_id"), "audit_log", ["complaint_id"])


def downgrade() -> None:
    op.drop_table("audit_log")
    op.drop_table("rate_limits")
    op.drop_index(op.f("ix_login_codes_phone"), table_name="login_codes")
    op.drop_table("login_codes")
    op.drop_index(op.f("ix_web_sessions_staff_id"), table_name="web_sessions")
    op.drop_table("web_sessions")
