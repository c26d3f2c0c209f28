namespace WorkflowEngine.Core.Definitions;

/// <summary>The type of a case fact, which fixes the shape rule expressions see.</summary>
public enum FactType
{
    /// <summary>Text; default empty string.</summary>
    Text,

    /// <summary>Whole number; default 0.</summary>
    Integer,

    /// <summary>Number; default 0.</summary>
    Number,

    /// <summary>Yes or no; default false.</summary>
    Boolean,

    /// <summary>Calendar date; default none.</summary>
    Date,

    /// <summary>List of text values (e.g. measure keys); default empty. Recorded values accumulate.</summary>
    TextList,
}
