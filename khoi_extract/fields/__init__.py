"""Field finders: one module per field family. Each reads a `Segmented` article and
returns candidates (`Found`) with offsets in the normalised text."""
