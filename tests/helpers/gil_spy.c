/* Counts the threads other than the main one that ask for Python's GIL (PyGILState_Ensure), for
 * tests/ui/test_film_threads.py. Loaded with LD_PRELOAD; at exit it writes the count to the file
 * named by GIL_SPY_OUT. A Qt thread that needs the GIL can deadlock with a main thread that holds
 * it while waiting on a Qt mutex that thread holds: in the app, no Qt thread should ever ask. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

static atomic_int others = 0;

int PyGILState_Ensure(void) {
    static int (*real)(void) = NULL;
    if (real == NULL)
        real = (int (*)(void))dlsym(RTLD_NEXT, "PyGILState_Ensure");
    if (syscall(SYS_gettid) != getpid())
        atomic_fetch_add(&others, 1);
    return real();
}

__attribute__((destructor)) static void report(void) {
    const char *path = getenv("GIL_SPY_OUT");
    FILE *out = path != NULL ? fopen(path, "w") : NULL;
    if (out != NULL) {
        fprintf(out, "%d\n", atomic_load(&others));
        fclose(out);
    }
}
