namespace ThaiBinh.MotCua.Application.Common.Exceptions;

/// <summary>An Idempotency-Key reused with a different request: 422.</summary>
public sealed class IdempotencyConflictException() : Exception(
    "Khóa Idempotency-Key này đã được dùng cho một yêu cầu khác trong 24 giờ qua; hãy dùng khóa mới cho hồ sơ mới.");
