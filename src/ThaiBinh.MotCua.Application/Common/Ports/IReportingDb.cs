namespace ThaiBinh.MotCua.Application.Common.Ports;

/// <summary>
/// The tables as reports, supervision lists and exports read them: a PostgreSQL streaming replica
/// when one is configured (ConnectionStrings:MotCuaReadReplica), seconds behind the primary, else the
/// primary itself. Nothing is written through it and nothing read through it may be expected to show
/// a write of the same request: who is signed in, and what they may see, is read from the primary
/// (<see cref="IMotCuaDbContext"/>).
/// </summary>
public interface IReportingDb : IMotCuaTables;
