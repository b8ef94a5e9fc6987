namespace ThaiBinh.MotCua.Application.Common.Exceptions;

/// <summary>
/// Someone else changed the same record between this request's read and its write: nothing of this
/// request was kept, and the caller must read again before acting (409).
/// </summary>
public sealed class ConcurrentChangeException(Exception inner)
    : Exception("Hồ sơ vừa được cán bộ khác cập nhật. Hãy tải lại và thực hiện lại thao tác.", inner);
