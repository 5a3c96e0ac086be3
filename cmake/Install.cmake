# cmake --install build --prefix P: the tools in P/bin, the plugin in
# P/lib/async-lint, the docs in P/share/doc/async-lint and a CMake package in
# P/lib/cmake/AsyncLint (docs/install.md).
include(CMakePackageConfigHelpers)

set(ASYNC_LINT_INSTALL_PLUGIN_DIR lib/async-lint)
set(ASYNC_LINT_INSTALL_CMAKE_DIR lib/cmake/AsyncLint)
set(ASYNC_LINT_INSTALL_DOC_DIR share/doc/async-lint)

set(_async_lint_tools async-lint)
if(TARGET async-clangd)
  list(APPEND _async_lint_tools async-clangd)
endif()
# The tools link libclang-cpp, which Debian ships only in the LLVM
# installation's lib/: keep that one run path, and none into the build tree.
set_target_properties(${_async_lint_tools} PROPERTIES
  INSTALL_RPATH "${LLVM_LIBRARY_DIR}")
install(TARGETS ${_async_lint_tools} RUNTIME DESTINATION bin)
install(TARGETS AsyncLint LIBRARY DESTINATION ${ASYNC_LINT_INSTALL_PLUGIN_DIR})

install(FILES README.md DESTINATION ${ASYNC_LINT_INSTALL_DOC_DIR})
file(GLOB _async_lint_docs CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/docs/*.md")
install(FILES ${_async_lint_docs} DESTINATION ${ASYNC_LINT_INSTALL_DOC_DIR})
install(DIRECTORY docs/checks DESTINATION ${ASYNC_LINT_INSTALL_DOC_DIR}
  FILES_MATCHING PATTERN "*.md")

# The package finds everything relative to itself, so the prefix can move.
configure_file(cmake/AsyncLintConfig.cmake.in
  "${PROJECT_BINARY_DIR}/cmake/AsyncLintConfig.cmake" @ONLY)
write_basic_package_version_file(
  "${PROJECT_BINARY_DIR}/cmake/AsyncLintConfigVersion.cmake"
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion ARCH_INDEPENDENT)
install(FILES
  "${PROJECT_BINARY_DIR}/cmake/AsyncLintConfig.cmake"
  "${PROJECT_BINARY_DIR}/cmake/AsyncLintConfigVersion.cmake"
  DESTINATION ${ASYNC_LINT_INSTALL_CMAKE_DIR})
