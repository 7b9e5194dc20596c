"""The ``nn.Module`` s of the block families (torch); :mod:`heads.blocks` describes the blocks
(parameters, plans, ports and the operations interpreters read) without torch."""
