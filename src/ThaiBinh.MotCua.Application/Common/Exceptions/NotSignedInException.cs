namespace ThaiBinh.MotCua.Application.Common.Exceptions;

/// <summary>The request needs a signed-in officer and has none (or the account is gone).</summary>
public sealed class NotSignedInException() : Exception("Bạn chưa đăng nhập hoặc tài khoản không còn hoạt động.");
