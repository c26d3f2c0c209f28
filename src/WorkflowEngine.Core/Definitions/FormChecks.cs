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
                    $"{subject} takes its choices from the list '{list}', which is not a known choice list. Use one of: {ValidationRun.List(run.Context.ChoiceLists.Append(Reference.ReferenceData.AgenciesList).Distinct())}.");
            }
        }
    }
}
