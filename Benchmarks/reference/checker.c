/*
 * callscript reference checker: three path rules of nl-telemarketing on an exported machine
 * graph, written independently of the Swift verifier so its speed and verdicts can be compared.
 *
 *   cc -O2 -std=c99 -o checker checker.c
 *   ./checker GRAPH [--repeat N] [--rule ID]
 *
 * GRAPH is the text format of README.md (written by `GraphExport` in CallscriptExports).
 * Each rule is a small deterministic automaton run in lock-step with the machine: a
 * breadth-first search over (machine state, automaton state) pairs, each visited at most once.
 * Handlers may start after any non-terminal state (NL-OPTOUT-AT-END), so every handler entry is
 * reachable from such a state; they go through one "hub" per automaton state, opened by the
 * first pair that needs it (a later one would find the same entries visited).
 */
#define _POSIX_C_SOURCE 199309L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum role {
    SAY, IDENTIFY, PITCH, OPTOUT, DISCLOSE, CAPTURE, RECORD_OBJECTION, ASK, ASK_CONVENIENT,
    ASK_CONSENT, ASK_OPTOUT, ASK_SALE, BRANCH, END, HANGUP, CALLBACK, TRANSFER_OPTOUT, ROLES
};
static const char *role_names[ROLES] = {
    "say", "identify", "pitch", "optout", "disclose", "capture", "record-objection", "ask",
    "ask-convenient", "ask-consent", "ask-optout", "ask-sale", "branch", "end", "hangup",
    "callback", "transfer-optout"};

static int spoken(int r) { return r != RECORD_OBJECTION && r != BRANCH && r != END && r != HANGUP && r != CALLBACK; }
static int terminal(int r) { return r == END || r == HANGUP || r == CALLBACK || r == TRANSFER_OPTOUT; }

struct graph {
    int n, e, h, start;
    unsigned char *role;   /* role of each state */
    int *edge_start;       /* edges of q: edge_start[q] .. edge_start[q + 1] */
    int *edge_target;
    int *handler_entry;    /* in declaration order */
    char (*handler_event)[32];
};

/* What an automaton does after reading a state: go on in state a, stop (the path keeps the
 * rule) or report a violation of some kind. */
#define ACCEPT (-1)
#define VIOLATION(kind) (-2 - (kind))

struct rule {
    const char *id;
    int states;              /* automaton states */
    int from_handlers;       /* handler entries are roots too */
    int interrupts;          /* a handler may start after any non-terminal state */
    int (*read)(int role, int a);
    int (*enter_handler)(const char *event, int a);
};

/* NL-IDENTIFY-FIRST: the first spoken statement from `start` is `identify`. */
static int identify_first(int r, int a) {
    (void)a;
    if (!spoken(r)) return 0;
    return r == IDENTIFY ? ACCEPT : VIOLATION(0);
}

/* NL-CONVENIENT: `ask convenient` after `identify` and before pitch, ask, capture, ask consent,
 * ask sale. a = 1 once `identify` was seen. */
static int convenient(int r, int a) {
    if (r == ASK_CONVENIENT) return a == 1 ? ACCEPT : VIOLATION(0);
    if (r == PITCH || r == ASK || r == CAPTURE || r == ASK_CONSENT || r == ASK_SALE) return VIOLATION(1);
    return r == IDENTIFY ? 1 : a;
}

/* NL-OPTOUT-AT-END: 0 = nothing spoken, 1 = a notice is owed, 2 = given since the last pitch. */
static int optout_at_end(int r, int a) {
    int next = a;
    if (r == PITCH) next = 1;
    else if (r == OPTOUT || r == ASK_OPTOUT || r == TRANSFER_OPTOUT || r == RECORD_OBJECTION) next = 2;
    else if (spoken(r) && a == 0) next = 1;
    if (terminal(r)) return next == 1 ? VIOLATION(0) : ACCEPT;
    return next;
}

/* Paths through `minor`, `voicemail` and `vulnerable` owe no notice. */
static int optout_handler(const char *event, int a) {
    if (!strcmp(event, "minor") || !strcmp(event, "voicemail") || !strcmp(event, "vulnerable")) return ACCEPT;
    return a;
}

static const struct rule rules[] = {
    {"NL-IDENTIFY-FIRST", 1, 0, 0, identify_first, NULL},
    {"NL-CONVENIENT", 2, 0, 0, convenient, NULL},
    {"NL-OPTOUT-AT-END", 3, 1, 1, optout_at_end, optout_handler},
};

#define MAX_FINDINGS 25

struct finding { int state, kind, length; };

struct work {
    int *dist;             /* path length to each pair, -1 = not visited */
    int *queue;
    unsigned char *seen;   /* bit `kind` of state q: a finding for (q, kind) was kept */
};

/* The search: returns the number of findings (at most MAX_FINDINGS), shortest first. */
static int check(const struct graph *g, const struct rule *rule, struct work *w, struct finding *out) {
    int k = rule->states, found = 0, head = 0, tail = 0, opened[8] = {0};
    long pairs = (long)g->n * k;
    for (long i = 0; i < pairs; i++) w->dist[i] = -1;
    memset(w->seen, 0, (size_t)g->n);
#define VISIT(pair, d) do { int p_ = (pair); if (w->dist[p_] < 0) { w->dist[p_] = (d); w->queue[tail++] = p_; } } while (0)
    if (g->start >= 0) VISIT(g->start * k, 0);
    if (rule->from_handlers)
        for (int i = 0; i < g->h; i++) {
            int a = rule->enter_handler ? rule->enter_handler(g->handler_event[i], 0) : 0;
            if (a >= 0) VISIT(g->handler_entry[i] * k + a, 0);
        }
    while (head < tail) {
        int pair = w->queue[head++], q = pair / k, a = pair % k, d = w->dist[pair];
        int next = rule->read(g->role[q], a);
        if (next == ACCEPT) continue;
        if (next < ACCEPT) {
            int kind = -2 - next;
            if (w->seen[q] & (1u << kind)) continue;
            w->seen[q] |= (unsigned char)(1u << kind);
            out[found].state = q;
            out[found].kind = kind;
            out[found].length = d + 1;
            if (++found == MAX_FINDINGS) break;
            continue;
        }
        for (int e = g->edge_start[q]; e < g->edge_start[q + 1]; e++) VISIT(g->edge_target[e] * k + next, d + 1);
        if (rule->interrupts && !terminal(g->role[q]) && !opened[next]) {
            opened[next] = 1;
            for (int i = 0; i < g->h; i++) {
                int entered = rule->enter_handler ? rule->enter_handler(g->handler_event[i], next) : next;
                if (entered >= 0) VISIT(g->handler_entry[i] * k + entered, d + 1);
            }
        }
    }
#undef VISIT
    return found;
}

static void fail(const char *what) {
    fprintf(stderr, "checker: %s\n", what);
    exit(2);
}

static void read_graph(const char *path, struct graph *g) {
    FILE *f = fopen(path, "r");
    char word[64];
    if (!f) fail("cannot open the graph file");
    if (fscanf(f, "callscript-graph 1 states %d edges %d handlers %d start %d", &g->n, &g->e, &g->h, &g->start) != 4
        || g->n < 0 || g->e < 0 || g->h < 0 || g->start >= g->n)
        fail("not a callscript-graph 1 file");
    g->role = malloc((size_t)g->n + 1);
    g->edge_start = calloc((size_t)g->n + 1, sizeof(int));
    g->edge_target = malloc(((size_t)g->e + 1) * sizeof(int));
    g->handler_entry = malloc(((size_t)g->h + 1) * sizeof(int));
    g->handler_event = malloc(((size_t)g->h + 1) * sizeof *g->handler_event);
    if (!g->role || !g->edge_start || !g->edge_target || !g->handler_entry || !g->handler_event) fail("out of memory");
    for (int q = 0; q < g->n; q++) {
        int r = 0;
        if (fscanf(f, "%63s", word) != 1) fail("missing role");
        while (r < ROLES && strcmp(word, role_names[r])) r++;
        if (r == ROLES) fail("unknown role");
        g->role[q] = (unsigned char)r;
    }
    /* Edges are listed grouped by source, in order: count them per source, then sum. */
    for (int i = 0, last = 0; i < g->e; i++) {
        int from, to;
        if (fscanf(f, "%d %d", &from, &to) != 2 || from < last || from >= g->n || to < 0 || to >= g->n)
            fail("bad edge");
        last = from;
        g->edge_start[from + 1]++;
        g->edge_target[i] = to;
    }
    for (int q = 0; q < g->n; q++) g->edge_start[q + 1] += g->edge_start[q];
    for (int i = 0; i < g->h; i++)
        if (fscanf(f, "%31s %d", g->handler_event[i], &g->handler_entry[i]) != 2 || g->handler_entry[i] < 0
            || g->handler_entry[i] >= g->n)
            fail("bad handler");
    fclose(f);
}

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static int by_value(const void *x, const void *y) {
    double a = *(const double *)x, b = *(const double *)y;
    return (a > b) - (a < b);
}

int main(int argc, char **argv) {
    const char *path = NULL, *only = NULL;
    int repeat = 1;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--repeat") && i + 1 < argc) repeat = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--rule") && i + 1 < argc) only = argv[++i];
        else path = argv[i];
    }
    if (!path || repeat < 1 || repeat > 1000) fail("usage: checker GRAPH [--repeat N] [--rule ID]");
    struct graph g;
    double started = now();
    read_graph(path, &g);
    printf("read %.6f\n", now() - started);
    struct work w;
    w.dist = malloc(((size_t)g.n * 3 + 1) * sizeof(int));
    w.queue = malloc(((size_t)g.n * 3 + 1) * sizeof(int));
    w.seen = malloc((size_t)g.n + 1);
    double *times = malloc((size_t)repeat * sizeof(double));
    if (!w.dist || !w.queue || !w.seen || !times) fail("out of memory");
    for (size_t r = 0; r < sizeof rules / sizeof rules[0]; r++) {
        struct finding found[MAX_FINDINGS];
        int count = 0;
        if (only && strcmp(only, rules[r].id)) continue;
        for (int i = 0; i < repeat; i++) {
            double t = now();
            count = check(&g, &rules[r], &w, found);
            times[i] = now() - t;
        }
        qsort(times, (size_t)repeat, sizeof(double), by_value);
        printf("rule %s %s %d %.6f\n", rules[r].id, count ? "broken" : "kept", count, times[repeat / 2]);
        for (int i = 0; i < count; i++) printf("finding %d %d %d\n", found[i].state, found[i].kind, found[i].length);
    }
    return 0;
}
