using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WorkflowEngine.Persistence.Storage;

namespace WorkflowEngine.Persistence.Notifications;

internal sealed class InAppNotificationRecordConfiguration : IEntityTypeConfiguration<InAppNotificationRecord>
{
    public void Configure(EntityTypeBuilder<InAppNotificationRecord> builder)
    {
        builder.ToTable("Notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.RecipientAgency).HasMaxLength(ColumnLengths.Key).IsRequired();
        builder.Property(n => n.RecipientRole).HasMaxLength(ColumnLengths.Key);
        builder.Property(n => n.RecipientPerson).HasMaxLength(ColumnLengths.Name);
        builder.Property(n => n.Kind).HasMaxLength(ColumnLengths.Key).IsRequired();
        builder.Property(n => n.Subject).HasMaxLength(ColumnLengths.Text).IsRequired();
        builder.Property(n => n.Body).IsRequired();

        // A recipient's inbox, newest first.
        builder.HasIndex(n => new { n.RecipientAgency, n.RecipientRole, n.RecipientPerson, n.CreatedAt });
    }
}
