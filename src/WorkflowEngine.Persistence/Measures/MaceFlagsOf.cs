using System.Linq.Expressions;
using WorkflowEngine.Core.Measures;

namespace WorkflowEngine.Persistence.Measures;

/// <summary>
/// Builds the projection of a MACE case to its <see cref="MaceFlags"/> from the same tests the
/// shares' drill-downs filter by, so the one-pass count and the cases behind it cannot disagree.
/// </summary>
internal static class MaceFlagsOf
{
    public static Expression<Func<CaseMilestones, MaceFlags>> Build(
        Expression<Func<CaseMilestones, bool>> measure, Expression<Func<CaseMilestones, bool>> intelligence,
        Expression<Func<CaseMilestones, bool>> nrm, Expression<Func<CaseMilestones, bool>> educationKnown)
    {
        var c = Expression.Parameter(typeof(CaseMilestones), "c");
        return Expression.Lambda<Func<CaseMilestones, MaceFlags>>(Expression.MemberInit(Expression.New(typeof(MaceFlags)),
            Bind(nameof(MaceFlags.Measure), measure, c),
            Bind(nameof(MaceFlags.Intelligence), intelligence, c),
            Bind(nameof(MaceFlags.Nrm), nrm, c),
            Bind(nameof(MaceFlags.EducationKnown), educationKnown, c)), c);
    }

    private static MemberAssignment Bind(string property, Expression<Func<CaseMilestones, bool>> test, ParameterExpression c) =>
        Expression.Bind(typeof(MaceFlags).GetProperty(property)!, new Rebind(test.Parameters[0], c).Visit(test.Body));

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
