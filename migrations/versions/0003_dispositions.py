"""dispositions, questions, merged complaints, staff active flag

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 09:37:40.043991
"""

from alembic import op
import sqlalchemy as sa
import models.base
from sqlalchemy.dialects import postgresql

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('dispositions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('complaint_id', sa.Integer(), nullable=False),
    sa.Column('agency_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('created_at', models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('due_at', models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('field_inspection', sa.Boolean(), nullable=False),
    sa.Column('first_response_at', models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('closed_at', models.base.UTCDateTime(timezone=True), nullable=True),
    sa.Column('return_reason', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['agency_id'], ['agencies.id'], name=op.f('fk_dispositions_agency_id_agencies')),
    sa.ForeignKeyConstraint(['complaint_id'], ['complaints.id'], name=op.f('fk_dispositions_complaint_id_complaints'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['created_by_id'], ['contacts.id'], name=op.f('fk_dispositions_created_by_id_contacts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dispositions'))
    )
    with op.batch_alter_table('dispositions', schema=None) as batch_op:
        batch_op.create_index('ix_dispositions_agency_status', ['agency_id', 'status'], unique=False)
        batch_op.create_index('ix_dispositions_complaint', ['complaint_id'], unique=False)

    op.create_table('questions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('complaint_id', sa.Integer(), nullable=False),
    sa.Column('disposition_id', sa.Integer(), nullable=True),
    sa.Column('asker_id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('resume_status', sa.String(length=30), nullable=False),
    sa.Column('asked_at', models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('answer', sa.Text(), nullable=True),
    sa.Column('answered_at', models.base.UTCDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['asker_id'], ['contacts.id'], name=op.f('fk_questions_asker_id_contacts')),
    sa.ForeignKeyConstraint(['complaint_id'], ['complaints.id'], name=op.f('fk_questions_complaint_id_complaints'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['disposition_id'], ['dispositions.id'], name=op.f('fk_questions_disposition_id_dispositions'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_questions'))
    )
    with op.batch_alter_table('questions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_questions_complaint_id'), ['complaint_id'], unique=False)

    with op.batch_alter_table('complaints', schema=None) as batch_op:
        batch_op.add_column(sa.Column('parent_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_complaints_parent_id_complaints'), 'complaints', ['parent_id'], ['id'])

    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('active', sa.Boolean(), nullable=False, server_default=sa.true()))

    with op.batch_alter_table('timeline_entries', schema=None) as batch_op:
        batch_op.add_column(sa.Column('disposition_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('media', sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), 'postgresql'), nullable=False, server_default='[]'))
        batch_op.create_foreign_key(batch_op.f('fk_timeline_entries_disposition_id_dispositions'), 'dispositions', ['disposition_id'], ['id'], ondelete='SET NULL')



def downgrade() -> None:
    with op.batch_alter_table('timeline_entries', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_timeline_entries_disposition_id_dispositions'), type_='foreignkey')
        batch_op.drop_column('media')
        batch_op.drop_column('disposition_id')

    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.drop_column('active')

    with op.batch_alter_table('complaints', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_complaints_parent_id_complaints'), type_='foreignkey')
        batch_op.drop_column('parent_id')

    with op.batch_alter_table('questions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_questions_complaint_id'))

    op.drop_table('questions')
    with op.batch_alter_table('dispositions', schema=None) as batch_op:
        batch_op.drop_index('ix_dispositions_complaint')
        batch_op.drop_index('ix_dispositions_agency_status')

    op.drop_table('dispositions')
