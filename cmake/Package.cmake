# cpack -G DEB (from the build directory; scripts/package.sh): a Debian
# package of what cmake --install puts under /usr (docs/install.md).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME async-lint)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
  "clang-tidy checks for async anti-patterns in C++20 coroutine code")
set(CPACK_PACKAGE_CONTACT "async-lint maintainers <async-lint@localhost>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_DIRECTORY "${PROJECT_BINARY_DIR}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)   # async-lint_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
# The plugin loads into clang-tidy of the major version it was built with;
# nothing links it, so dpkg-shlibdeps cannot see that dependency. LLVM's
# libraries are named too: the tools' run path reaches libLLVM through a
# symlink of llvm-<major>-dev, which has no shlibs information, and CPack
# lets dpkg-shlibdeps drop such a library silently.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
  "clang-tidy-${LLVM_VERSION_MAJOR}, libclang-cpp${LLVM_VERSION_MAJOR}, libllvm${LLVM_VERSION_MAJOR}")
# The other shared libraries (gRPC and friends for async-clangd, the C++
# runtime) are found by dpkg-shlibdeps (dpkg-dev).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
include(CPack)
