# Offline stand-in: the native rule of the same name (see docs/bazel.md).

def proto_library(**kwargs):
    native.proto_library(**kwargs)
