namespace WorkflowEngine.Core.Definitions;

/// <summary>The type of a form field's value.</summary>
public enum FormFieldType
{
    /// <summary>One line of text.</summary>
    Text,

    /// <summary>Several lines of text.</summary>
    LongText,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A number, possibly with a fraction.</summary>
    Number,

    /// <summary>Yes or no.</summary>
    Boolean,

    /// <summary>A calendar date (yyyy-MM-dd).</summary>
    Date,

    /// <summary>An instant with offset (ISO-8601).</summary>
    DateTime,

    /// <summary>One value from the choices.</summary>
    Choice,

    /// <summary>Any number of values from the choices; recorded values accumulate on the case.</summary>
    MultiChoice,
}
