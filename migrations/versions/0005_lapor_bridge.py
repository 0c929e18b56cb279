"""lapor bridge: tracking ids and sync queue

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 10:26:44.384547
"""

import sqlalchemy as sa
from alembic import op

import models.base

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('lapor_sync',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('complaint_id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=True),
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('idempotency_key', sa.String(length=64), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('lease_until', models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('last_attempt_at', models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('created_at', models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('done_at', models.base.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['complaint_id'], ['complaints.id'], name=op.f('fk_lapor_sync_complaint_id_complaints'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lapor_sync')),
    sa.UniqueConstraint('idempotency_key', name=op.f('uq_lapor_sync_idempotency_key')),
    sa.UniqueConstraint('key', name=op.f('uq_lapor_sync_key'))
    )
    with op.batch_alter_table('lapor_sync', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lapor_sync_complaint_id'), ['complaint_id'], unique=False)
        batch_op.create_index('ix_lapor_sync_due', ['status', 'next_attempt_at'], unique=False)

    with op.batch_alter_table('complaints', schema=None) as batch_op:
        batch_op.add_column(sa.Column('lapor_tracking_id', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('lapor_recorded_at', models.base.UTCDateTime(timezone=True), nullable=True))
        batch_op.create_unique_constraint(batch_op.f('uq_complaints_lapor_tracking_id'), ['lapor_tracking_id'])



def downgrade() -> None:
    with op.batch_alter_table('complaints', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_complaints_lapor_tracking_id'), type_='unique')
        batch_op.drop_column('lapor_recorded_at')
        batch_op.drop_column('lapor_tracking_id')

    with op.batch_alter_table('lapor_sync', schema=None) as batch_op:
        batch_op.drop_index('ix_lapor_sync_due')
        batch_op.drop_index(batch_op.f('ix_lapor_sync_complaint_id'))

    op.drop_table('lapor_sync')
