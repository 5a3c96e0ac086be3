# Debian's libc-ares-dev ships no CMake package; libcoro's
# LIBCORO_EXTERNAL_DEPENDENCIES build asks for one. This gives it the target
# it links, over the system library and headers.
if(NOT TARGET c-ares::cares)
  find_library(CARES_LIBRARY cares REQUIRED)
  find_path(CARES_INCLUDE_DIR ares.h REQUIRED)
  add_library(c-ares::cares UNKNOWN IMPORTED)
  set_target_properties(c-ares::cares PROPERTIES
    IMPORTED_LOCATION "${CARES_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${CARES_INCLUDE_DIR}")
endif()
set(c-ares_FOUND TRUE)
