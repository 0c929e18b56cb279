"""ladders and ledger

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 10:08:18.445896
"""

from alembic import op
import sqlalchemy as sa
import models.base


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('ledger',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('sent_at', models.base.UTCDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ledger')),
    sa.UniqueConstraint('key', name=op.f('uq_ledger_key'))
    )
    with op.batch_alter_table('complaints', schema=None) as batch_op:
        batch_op.add_column(sa.Column('closed_at', models.base.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('verify_rung', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('verify_next_at', models.base.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('autoclose_at', models.base.UTCDateTime(timezone=True), nullable=True))
        batch_op.create_index('ix_complaints_autoclose', ['autoclose_at'], unique=False)
        batch_op.create_index('ix_complaints_created', ['created_at'], unique=False)
        batch_op.create_index('ix_complaints_verify_next', ['verify_next_at'], unique=False)

    with op.batch_alter_table('dispositions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('first_response_days', sa.Double(), nullable=True))
        batch_op.add_column(sa.Column('response_rung', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('response_next_at', models.base.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('completion_rung', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('completion_next_at', models.base.UTCDateTime(timezone=True), nullable=True))
        batch_op.create_index('ix_dispositions_completion_next', ['completion_next_at'], unique=False)
        batch_op.create_index('ix_dispositions_response_next', ['response_next_at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('dispositions', schema=None) as batch_op:
        batch_op.drop_index('ix_dispositions_response_next')
        batch_op.drop_index('ix_dispositions_completion_next')
        batch_op.drop_column('completion_next_at')
        batch_op.drop_column('completion_rung')
        batch_op.drop_column('response_next_at')
        batch_op.drop_column('response_rung')
        batch_op.drop_column('first_response_days')

    with op.batch_alter_table('complaints', schema=None) as batch_op:
        batch_op.drop_index('ix_complaints_verify_next')
        batch_op.drop_index('ix_complaints_created')
        batch_op.drop_index('ix_complaints_autoclose')
        batch_op.drop_column('autoclose_at')
        batch_op.drop_column('verify_next_at')
        batch_op.drop_column('verify_rung')
        batch_op.drop_column('closed_at')

    op.drop_table('ledger')
