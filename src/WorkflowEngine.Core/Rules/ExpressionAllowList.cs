using System.Linq.Dynamic.Core;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace WorkflowEngine.Core.Rules;

/// <summary>
/// Walks a parsed rule expression and refuses anything not on the allow-list: rule expressions
/// are untrusted, so they may read facts and use simple text, number, date and list operations only.
/// </summary>
internal sealed class ExpressionAllowList : ExpressionVisitor
{
    private static readonly HashSet<Type> ValueTypes =
    [
        typeof(bool), typeof(byte), typeof(short), typeof(int), typeof(long), typeof(float), typeof(double), typeof(decimal),
        typeof(string), typeof(char), typeof(DateTime), typeof(DateOnly), typeof(TimeSpan), typeof(object),
    ];

    // Read (never changed) by AllowedRuleFunctions, which shows the list to rule authors.
    internal static readonly Dictionary<Type, HashSet<string>> AllowedMethods = new()
    {
        [typeof(string)] = ["Contains", "StartsWith", "EndsWith", "Equals", "ToLower", "ToUpper", "ToLowerInvariant", "ToUpperInvariant", "Trim", "IsNullOrEmpty", "IsNullOrWhiteSpace", "Compare", "Concat", "op_Equality", "op_Inequality"],
        [typeof(Enumerable)] = ["Any", "All", "Count", "Contains", "Sum", "Min", "Max", "Where", "Select", "Distinct", "First", "FirstOrDefault"],
        [typeof(List<string>)] = ["Contains"],
        [typeof(Math)] = ["Min", "Max", "Abs", "Round", "Floor", "Ceiling"],
        [typeof(decimal)] = ["op_Addition", "op_Subtraction", "op_Multiply", "op_Division", "op_Equality", "op_Inequality", "op_GreaterThan", "op_GreaterThanOrEqual", "op_LessThan", "op_LessThanOrEqual", "op_Implicit", "op_Explicit", "op_UnaryNegation", "Compare", "Equals"],
        [typeof(DateTime)] = ["op_Equality", "op_Inequality", "op_GreaterThan", "op_GreaterThanOrEqual", "op_LessThan", "op_LessThanOrEqual", "op_Subtraction", "Compare", "AddDays", "Equals"],
        [typeof(TimeSpan)] = ["op_Equality", "op_GreaterThan", "op_GreaterThanOrEqual", "op_LessThan", "op_LessThanOrEqual"],
    };

    internal static readonly Dictionary<Type, HashSet<string>> AllowedMembers = new()
    {
        [typeof(string)] = ["Length"],
        [typeof(List<string>)] = ["Count"],
        [typeof(DateTime)] = ["Year", "Month", "Day", "Date", "DayOfWeek"],
        [typeof(TimeSpan)] = ["TotalDays", "Days"],
    };

    // Far deeper than any expression within ExpressionLimits parses to; the walk stops rather than overflow.
    private const int MaxDepth = 1_000;

    private readonly List<string> _refused = [];
    private int _depth;
    private bool _tooDeep;

    private ExpressionAllowList()
    {
    }

    /// <summary>What the expression uses that rules may not, in words (empty when it is safe), and whether it was too deep to walk.</summary>
    public static (IReadOnlyList<string> Refused, bool TooDeep) Check(Expression expression)
    {
        var walker = new ExpressionAllowList();
        walker.Visit(expression);
        return (walker._refused.Distinct().ToList(), walker._tooDeep);
    }

    public override Expression? Visit(Expression? node)
    {
        if (node is null || _tooDeep)
        {
            return node;
        }

        if (_depth >= MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            _tooDeep = true;
            return node;
        }

        _depth++;
        try
        {
            return base.Visit(node);
        }
        finally
        {
            _depth--;
        }
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        var type = node.Member.DeclaringType;
        var allowed = type is not null && (IsInputType(type)
            || (Nullable.GetUnderlyingType(type) is not null && node.Member.Name is "HasValue" or "Value")
            || (AllowedMembers.TryGetValue(type, out var members) && members.Contains(node.Member.Name)));
        if (!allowed || node.Member is not PropertyInfo and not FieldInfo)
        {
            _refused.Add(node.Member.Name);
        }

        return base.VisitMember(node);
    }

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        var type = node.Method.DeclaringType!;
        if (!(AllowedMethods.TryGetValue(type, out var methods) && methods.Contains(node.Method.Name)) && !(node.Method.Name == "Equals" && ValueTypes.Contains(type)))
        {
            _refused.Add(node.Method.Name);
        }

        return base.VisitMethodCall(node);
    }

    protected override Expression VisitConstant(ConstantExpression node)
    {
        if (node.Value is not null && !IsSafeType(node.Type))
        {
            _refused.Add($"a value of type {node.Type.Name}");
        }

        return base.VisitConstant(node);
    }

    protected override Expression VisitUnary(UnaryExpression node)
    {
        if (node.NodeType is ExpressionType.Convert or ExpressionType.ConvertChecked or ExpressionType.TypeAs && !IsSafeType(node.Type))
        {
            _refused.Add($"a conversion to {node.Type.Name}");
        }

        if (node.Method is { } method && !IsSafeType(method.DeclaringType!))
        {
            _refused.Add(method.Name);
        }

        return base.VisitUnary(node);
    }

    protected override Expression VisitBinary(BinaryExpression node)
    {
        if (node.NodeType is ExpressionType.Assign or ExpressionType.ArrayIndex || node.NodeType.ToString().EndsWith("Assign", StringComparison.Ordinal))
        {
            _refused.Add("assignment");
        }

        if (node.Method is { } method && !(AllowedMethods.TryGetValue(method.DeclaringType!, out var methods) && methods.Contains(method.Name)))
        {
            _refused.Add(method.Name);
        }

        return base.VisitBinary(node);
    }

    protected override Expression VisitNew(NewExpression node)
    {
        _refused.Add($"creating a {node.Type.Name}");
        return node;
    }

    protected override Expression VisitNewArray(NewArrayExpression node)
    {
        _refused.Add("creating an array");
        return node;
    }

    protected override Expression VisitMemberInit(MemberInitExpression node)
    {
        _refused.Add($"creating a {node.Type.Name}");
        return node;
    }

    protected override Expression VisitInvocation(InvocationExpression node)
    {
        _refused.Add("invoking a delegate");
        return node;
    }

    protected override Expression VisitListInit(ListInitExpression node)
    {
        _refused.Add("creating a list");
        return node;
    }

    protected override Expression VisitBlock(BlockExpression node)
    {
        _refused.Add("a statement block");
        return node;
    }

    protected override Expression VisitDynamic(DynamicExpression node)
    {
        _refused.Add("a dynamic call");
        return node;
    }

    protected override Expression VisitIndex(IndexExpression node)
    {
        _refused.Add("an indexer");
        return node;
    }

    private static bool IsInputType(Type type) => typeof(DynamicClass).IsAssignableFrom(type);

    private static bool IsSafeType(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return ValueTypes.Contains(underlying) || underlying.IsEnum && underlying == typeof(DayOfWeek) || IsInputType(underlying)
            || underlying == typeof(List<string>)
            || (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(IEnumerable<>) && IsSafeType(underlying.GetGenericArguments()[0]))
            || typeof(Delegate).IsAssignableFrom(underlying) && underlying.IsGenericType;
    }
}
