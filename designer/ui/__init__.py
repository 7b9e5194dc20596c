"""The web app's tabs, one module each, over the session model (:mod:`designer.session`).

- :mod:`designer.ui.common`: the page (one function draws every design-dependent widget),
  upload components that hand files to the app's own loader, the look;
- :mod:`designer.ui.header`: task, backbone, preset, classes, undo/redo and the status line;
- :mod:`designer.ui.design`, :mod:`designer.ui.predict`, :mod:`designer.ui.train`,
  :mod:`designer.ui.export`, :mod:`designer.ui.compare`: the tabs;
- :mod:`designer.ui.measure` (under the Design tab's table), :mod:`designer.ui.tta` (Predict's
  options), :mod:`designer.ui.anchors` (in the Train tab): parts of tabs;
- :mod:`designer.ui.agents`: the design tools for agents, served over MCP with ``--mcp``.
"""
