using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ThaiBinh.MotCua.Application.Common.Ports;

/// <summary>The unit of work handlers read and write through; Infrastructure implements it with EF Core.</summary>
public interface IMotCuaDbContext : IMotCuaTables
{
    /// <summary>Runs <paramref name="work"/> in one database transaction, committed only if it completes.</summary>
    Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken);

    ChangeTracker ChangeTracker { get; }

    DbSet<Domain.Payments.PaymentRequest> PaymentRequests { get; }

    DbSet<Domain.Payments.RejectedPaymentCallback> RejectedPaymentCallbacks { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
