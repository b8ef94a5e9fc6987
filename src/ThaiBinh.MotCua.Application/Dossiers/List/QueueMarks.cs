using System.Linq.Expressions;
using ThaiBinh.MotCua.Domain.Dossiers;

namespace ThaiBinh.MotCua.Application.Dossiers.List;

/// <summary>A dossier of the queue as 1 or 0 per tab, for summing.</summary>
internal sealed class QueueMarks
{
    public int Mine { get; init; }

    public int DueSoon { get; init; }

    public int Overdue { get; init; }

    public int AwaitingSupplement { get; init; }

    public int ResultAtDesk { get; init; }

    /// <summary>
    /// <c>d => new QueueMarks { Mine = mine(d) ? 1 : 0, … }</c>, built from the rules' own expressions
    /// (a lambda cannot call another expression, and a compiled one would not translate to SQL).
    /// </summary>
    public static Expression<Func<Dossier, QueueMarks>> Of(
        Expression<Func<Dossier, bool>> mine,
        Expression<Func<Dossier, bool>> dueSoon,
        Expression<Func<Dossier, bool>> overdue,
        Expression<Func<Dossier, bool>> awaitingSupplement,
        Expression<Func<Dossier, bool>> resultAtDesk)
    {
        var dossier = Expression.Parameter(typeof(Dossier), "d");
        MemberBinding Mark(string member, Expression<Func<Dossier, bool>> rule) => Expression.Bind(
            typeof(QueueMarks).GetProperty(member)!,
            Expression.Condition(new Rebind(rule.Parameters[0], dossier).Visit(rule.Body), Expression.Constant(1), Expression.Constant(0)));

        return Expression.Lambda<Func<Dossier, QueueMarks>>(
            Expression.MemberInit(
                Expression.New(typeof(QueueMarks)),
                Mark(nameof(Mine), mine),
                Mark(nameof(DueSoon), dueSoon),
                Mark(nameof(Overdue), overdue),
                Mark(nameof(AwaitingSupplement), awaitingSupplement),
                Mark(nameof(ResultAtDesk), resultAtDesk)),
            dossier);
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
