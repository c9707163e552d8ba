# Checking builds (issue 5), off by default:
#   -DCORRIDOR_SANITIZE=ON  AddressSanitizer + UndefinedBehaviorSanitizer on everything we
#                           compile (.ci/sanitizers.sh builds build-asan with it)
#   -DCORRIDOR_FUZZ=ON      the libFuzzer targets in tests/fuzz (needs clang:
#                           -DCMAKE_CXX_COMPILER=clang++-16; .ci/fuzz-smoke.sh)
option(CORRIDOR_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(CORRIDOR_FUZZ "Build the libFuzzer targets in tests/fuzz (needs clang)" OFF)

if(CORRIDOR_SANITIZE OR CORRIDOR_FUZZ)
  # A frame pointer keeps the sanitizers' stack traces whole; undefined behaviour stops the
  # run (halt_on_error alone only covers ASan) so CI cannot scroll past a report.
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

if(CORRIDOR_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "CORRIDOR_FUZZ needs clang with libFuzzer (apt install clang-16 libclang-rt-16-dev; "
                        "-DCMAKE_CXX_COMPILER=clang++-16), not ${CMAKE_CXX_COMPILER_ID}")
  endif()
  # Coverage instrumentation for everything; only the fuzz targets link libFuzzer's main().
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
