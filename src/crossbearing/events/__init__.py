"""Events: who did what to whom, where and when — ACLED and PLOVER typing, actors and roles.

Public entry points:

- ``assemble.build_events(analysis, classify, time_fn, capital)`` → ``list[Event]``
  (the "events" extractor in ``extract/events.py`` wires it to the shipped model, the time
  issue's ``event_time`` and the places issue's ``region_capital``);
- ``detect.candidate`` / ``detect.decide``: which sentence reports an event, with which trigger
  and sub-type (rules + classifier);
- ``actors.find_actors`` / ``actors.assign_roles`` / ``actors.alias_hits``: actor phrases,
  initiator/target roles, ACLED inter codes;
- ``taxonomy``: ACLED sub-type → type, disorder type, PLOVER category/mode, interaction codes;
- ``training.train_events`` / ``training.load_model``: the shipped classifier
  (``crossbearing train events``); ``classifier.EventTypeModel`` and ``baseline_pipeline``;
- ``actor_names.ActorNamer``: ACLED actor names for notes (template + country);
"""
