# Sanitizer settings for scripts/test and scripts/fuzz (sourced). Every report stops
# the process with a failure: a test that triggers one fails, and so does a fuzzer.
sanitizer_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1:strict_init_order=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$sanitizer_dir/lsan.supp:print_suppressions=0}
