using System.Text.Json;
using WorkflowEngine.Core.Validation;

namespace WorkflowEngine.Core.Calendars;

/// <summary>Reads <c>calendars/*.json</c> and <c>panels/*.json</c> under a reference folder, reporting every problem at once.</summary>
internal static class CalendarCatalogueLoader
{
    public static CalendarCatalogueLoadResult Load(string referenceDirectory)
    {
        if (!Directory.Exists(referenceDirectory))
        {
            throw new DirectoryNotFoundException($"The reference folder '{referenceDirectory}' does not exist.");
        }

        var errors = new List<ValidationError>();
        var calendars = new Dictionary<string, WorkingCalendar>(StringComparer.Ordinal);
        foreach (var (file, root) in ReadFiles(referenceDirectory, "calendars", errors))
        {
            var reader = new JsonFieldReader(file, "calendar", errors);
            var (key, calendar) = CalendarFileReader.Read(root, reader);
            if (key is not null && calendars.ContainsKey(key))
            {
                reader.Error("duplicate-key", "$.key", $"In {file}, the key '{key}' is already used by another calendar. Give each calendar its own key.");
            }
            else if (calendar is not null)
            {
                calendars[calendar.Key] = calendar;
            }
        }

        var panels = new Dictionary<string, PanelSchedule>(StringComparer.Ordinal);
        foreach (var (file, root) in ReadFiles(referenceDirectory, "panels", errors))
        {
            var panel = ReadPanel(root, new JsonFieldReader(file, "panel", errors), calendars, panels);
            if (panel is not null)
            {
                panels[panel.Key] = panel;
            }
        }

        return errors.Count > 0
            ? new CalendarCatalogueLoadResult(null, errors)
            : new CalendarCatalogueLoadResult(new CalendarCatalogue(calendars.Values, panels.Values), errors);
    }

    private static PanelSchedule? ReadPanel(JsonElement root, JsonFieldReader reader, Dictionary<string, WorkingCalendar> calendars, Dictionary<string, PanelSchedule> panels)
    {
        reader.RejectUnknownFields(root, "$", "key", "name", "calendar", "startTime", "recurrence", "agendaClosesWorkingDaysBefore", "extraDates", "cancelledDates");
        var key = reader.Key(root);
        var name = reader.Text(root, "$", "name");
        var calendarKey = reader.Text(root, "$", "calendar");
        var startTime = reader.TimeField(root, "$", "startTime");
        var recurrence = reader.Property(root, "$", "recurrence", JsonValueKind.Object, "an object with 'everyWeeks' and 'firstDate'");
        int? everyWeeks = null;
        DateOnly? firstDate = null;
        if (recurrence is { } r)
        {
            reader.RejectUnknownFields(r, "$.recurrence", "everyWeeks", "firstDate");
            everyWeeks = reader.Integer(r, "$.recurrence", "everyWeeks");
            firstDate = reader.DateField(r, "$.recurrence", "firstDate");
            if (everyWeeks is < 1)
            {
                reader.Error("invalid-recurrence", "$.recurrence.everyWeeks", $"In {reader.File}, 'recurrence.everyWeeks' must be 1 or more: how many weeks pass between panels.");
            }
        }

        var closes = reader.Integer(root, "$", "agendaClosesWorkingDaysBefore");
        if (closes is < 0)
        {
            reader.Error("invalid-agenda", "$.agendaClosesWorkingDaysBefore", $"In {reader.File}, 'agendaClosesWorkingDaysBefore' cannot be negative.");
        }

        var extra = Dates(root, reader, "extraDates");
        var cancelled = Dates(root, reader, "cancelledDates");
        WorkingCalendar? calendar = null;
        if (calendarKey is not null && !calendars.TryGetValue(calendarKey, out calendar))
        {
            reader.Error("unknown-calendar", "$.calendar", $"In {reader.File}, the calendar '{calendarKey}' does not exist. Known calendars: {string.Join(", ", calendars.Keys.Order())}.");
        }

        if (key is not null && panels.ContainsKey(key))
        {
            reader.Error("duplicate-key", "$.key", $"In {reader.File}, the key '{key}' is already used by another panel. Give each panel its own key.");
        }

        return reader.HasErrors
            ? null
            : new PanelSchedule(key!, name!, calendar!, startTime!.Value, everyWeeks!.Value, firstDate!.Value, closes!.Value, extra, cancelled);
    }

    private static List<DateOnly> Dates(JsonElement root, JsonFieldReader reader, string name) =>
        reader.Items(root, "$", name, required: false)
            .Select(i => reader.Date(i.Item, i.Path))
            .Where(d => d.HasValue)
            .Select(d => d!.Value)
            .ToList();

    private static IEnumerable<(string File, JsonElement Root)> ReadFiles(string referenceDirectory, string folder, List<ValidationError> errors)
    {
        var directory = Path.Combine(referenceDirectory, folder);
        if (!Directory.Exists(directory))
        {
            yield break;
        }

        foreach (var path in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var file = $"{folder}/{Path.GetFileName(path)}";
            JsonElement root;
            try
            {
                using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
                root = document.RootElement.Clone();
            }
            catch (JsonException ex)
            {
                errors.Add(new ValidationError("file.invalid-json", "$", $"{file} is not valid JSON: {ex.Message}"));
                continue;
            }

            if (root.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new ValidationError("file.not-an-object", "$", $"{file} must hold one JSON object."));
                continue;
            }

            yield return (file, root);
        }
    }
}
