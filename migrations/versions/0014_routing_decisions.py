"""routing_decisions: the learning store of the router (every disposition, KEMBALIKAN and SP4N-LAPOR! import);
complaints.routing_suggestions: the ranked agencies the verifiers were shown, so `TERUSKAN LPR-12 1` takes them

Revision ID: 0014
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op

from models.base import JSONType, UTCDateTime

revision = "0014"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "routing_decisions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("complaint_id", sa.Integer(), sa.ForeignKey("complaints.id", ondelete="CASCADE"), nullable=False),
        sa.Column("agency_id", sa.Integer(), sa.ForeignKey("agencies.id", ondelete="CASCADE"), nullable=False),
        sa.Column("positive", sa.Boolean(), nullable=False),
        sa.Column("source", sa.String(20), nullable=False),
        sa.Column("decided_at", UTCDateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("complaint_id", "agency_id", name="uq_routing_decisions_pair"),
    )
    with op.batch_alter_table("complaints") as batch_op:
        batch_op.add_column(sa.Column("routing_suggestions", JSONType, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("complaints") as batch_op:
        batch_op.drop_column("routing_suggestions")
    op.drop_table("routing_decisions")
