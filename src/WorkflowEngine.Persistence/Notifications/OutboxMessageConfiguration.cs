using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowEngine.Core.Notifications;
using WorkflowEngine.Persistence.Storage;

namespace WorkflowEngine.Persistence.Notifications;

/// <summary>The Outbox table: notifications written with the change that caused them.</summary>
internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("Outbox");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Kind).HasMaxLength(ColumnLengths.Key).IsRequired();
        builder.Property(m => m.Subject).HasMaxLength(ColumnLengths.Text).IsRequired();
        builder.Property(m => m.Body).IsRequired();
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(ColumnLengths.Status);
        builder.Property(m => m.LastError).HasMaxLength(ColumnLengths.Text);
        builder.Property(m => m.LeaseOwner).HasMaxLength(ColumnLengths.Name);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.ComplexProperty(m => m.Recipient, recipient =>
        {
            recipient.Property(r => r.Agency).HasColumnName("RecipientAgency").HasMaxLength(ColumnLengths.Key).IsRequired();
            recipient.Property(r => r.Role).HasColumnName("RecipientRole").HasMaxLength(ColumnLengths.Key);
            recipient.Property(r => r.Person).HasColumnName("RecipientPerson").HasMaxLength(ColumnLengths.Name);
        });

        // The sender's sweep: pending messages by next attempt. No index on CaseId: nothing reads
        // the outbox by case, and every notification paid for one (a timer storm writes three a fire).
        builder.HasIndex(m => new { m.Status, m.NextAttemptAt });
    }
}
