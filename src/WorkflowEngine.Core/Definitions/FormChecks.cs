using System.Text.Json;
using Codes = WorkflowEngine.Core.Definitions.DefinitionErrorCodes;

namespace WorkflowEngine.Core.Definitions;

/// <summary>Checks of a task's form: field keys and where choice fields get their choices.</summary>
internal static class FormChecks
{
    public static void Check(ValidationRun run, TaskDefinition task, string taskPath)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var f = 0; f < task.Form.Count; f++)
        {
            var field = task.Form[f];
            var path = $"{taskPath}.form[{f}]";
            var subject = $"Field '{field.Key}' of task '{task.Key}'";
            if (!keys.Add(field.Key))
            {
                run.Add(
                    Codes.FieldDuplicateKey,
                    $"{path}.key",
                    $"Task '{task.Key}' has two form fields with the key '{field.Key}'. Give each field a key of its own.");
            }

            CheckLimits(run, field, path, subject);
            for (var o = 0; o < field.RequiredFor.Count; o++)
            {
                if (!task.Outcomes.Any(outcome => outcome.Key == field.RequiredFor[o]))
                {
                    run.Add(
                        Codes.FieldRequiredForUnknownOutcome,
                        $"{path}.requiredFor[{o}]",
                        $"{subject} is required for the outcome '{field.RequiredFor[o]}', which the task does not have. Use one of: {ValidationRun.List(task.Outcomes.Select(x => x.Key))}.");
                }
            }

            CheckDefault(run, field, path, subject);

            var isChoice = field.Type is FormFieldType.Choice or FormFieldType.MultiChoice;
            if (!isChoice)
            {
                if (field.Choices.Count > 0 || field.ChoiceList is not null)
                {
                    var type = JsonNamingPolicy.CamelCase.ConvertName(field.Type.ToString());
                    run.Add(
                        Codes.FieldChoicesNotAllowed,
                        field.Choices.Count > 0 ? $"{path}.choices" : $"{path}.choiceList",
                        $"{subject} is a '{type}' field, so its choices would never be shown. Remove them, or make it a choice field.");
                }

                continue;
            }

            if (field.Choices.Count == 0 && field.ChoiceList is null)
            {
                run.Add(Codes.FieldNoChoices, path, $"{subject} is a choice field but offers nothing to choose. Add choices, or name a choice list.");
            }

            if (field.Choices.Count > 0 && field.ChoiceList is not null)
            {
                run.Add(
                    Codes.FieldChoicesAndList,
                    path,
                    $"{subject} has both its own choices and the choice list '{field.ChoiceList}'. Keep one of them.");
            }

            if (field.ChoiceList is { } list && !run.Context.HasChoiceList(list))
            {
                run.Add(
                    Codes.FieldUnknownChoiceList,
                    $"{path}.choiceList",
                    $"{subject} takes its choices from the list '{list}', which is not a known choice list. Use one of: {ValidationRun.List(run.Context.ChoiceLists.Append(DefinitionValidationContext.AgenciesList).Distinct())}.");
            }
        }
    }

    // Every number answer has a range, so no answer can overflow a rule's arithmetic; text may set its own length.
    // A default must name a fact of the catalogue whose type the field can show.
    private static void CheckDefault(ValidationRun run, FormField field, string path, string subject)
    {
        if (field.Default is not { } fieldDefault || run.Context.Facts is not { } facts)
        {
            return;
        }

        if (!facts.TryGetValue(fieldDefault.Fact, out var factType))
        {
            run.Add(Codes.FieldUnknownDefaultFact, $"{path}.default.fact",
                $"{subject} starts from the case fact '{fieldDefault.Fact}', which is not in the fact catalogue (reference/facts.json). Use a fact the referral records, or remove the default.");
            return;
        }

        var fits = field.Type switch
        {
            FormFieldType.Boolean => factType == FactType.Boolean,
            FormFieldType.Integer => factType == FactType.Integer,
            FormFieldType.Number => factType is FactType.Integer or FactType.Number,
            FormFieldType.Date => factType == FactType.Date,
            FormFieldType.MultiChoice => factType == FactType.TextList,
            _ => factType == FactType.Text,
        };
        if (!fits)
        {
            var type = JsonNamingPolicy.CamelCase.ConvertName(field.Type.ToString());
            var fact = JsonNamingPolicy.CamelCase.ConvertName(factType.ToString());
            run.Add(Codes.FieldDefaultTypeMismatch, $"{path}.default.fact",
                $"{subject} is a '{type}' field but the case fact '{fieldDefault.Fact}' is a '{fact}', so it cannot start from it. Choose a fact of the same kind.");
        }
    }

    private static void CheckLimits(ValidationRun run, FormField field, string path, string subject)
    {
        var isNumber = field.Type is FormFieldType.Integer or FormFieldType.Number;
        if (isNumber && (field.Minimum is null || field.Maximum is null))
        {
            run.Add(Codes.FieldNoRange, path,
                $"{subject} takes a number but does not say the smallest and largest answer allowed. Give it a minimum and a maximum, for example 0 and 1000 for a count.");
        }
        else if (isNumber && field.Minimum > field.Maximum)
        {
            run.Add(Codes.FieldRangeOrder, $"{path}.minimum",
                $"{subject} has a minimum of {field.Minimum} but a maximum of {field.Maximum}, so no answer would be allowed. Make the minimum the smaller one.");
        }
        else if (!isNumber && (field.Minimum is not null || field.Maximum is not null))
        {
            run.Add(Codes.FieldRangeNotAllowed, field.Minimum is not null ? $"{path}.minimum" : $"{path}.maximum",
                $"{subject} does not take a number, so a minimum or maximum would never apply. Remove them, or make it a number field.");
        }

        var isText = field.Type is FormFieldType.Text or FormFieldType.LongText;
        if (field.MaxLength is { } length && (!isText || length < 1 || length > Validation.TextLimits.FormLongText))
        {
            run.Add(Codes.FieldMaxLength, $"{path}.maxLength", isText
                ? $"{subject} allows answers of {length} characters; choose a length from 1 to {Validation.TextLimits.FormLongText}."
                : $"{subject} does not take text, so a maximum length would never apply. Remove it.");
        }
    }
}
