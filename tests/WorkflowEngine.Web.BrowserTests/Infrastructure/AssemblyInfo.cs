// Each test class starts the app and a Chromium; on a 2-core CI machine they run one class at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
