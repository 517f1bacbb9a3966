/* functions: demo_offsets demo_select demo_sum_args demo_never demo_likely_zero */
/*
 * Parse fixture: GCC builtins that take types or look like calls.
 */

#include <stdarg.h>

struct demo_node {
	unsigned long key;
	struct demo_node *left;
	struct demo_node *right;
};

static unsigned long demo_offsets(void)
{
	unsigned long off = __builtin_offsetof(struct demo_node, right);

	if (__builtin_constant_p(off))
		off += __builtin_offsetof(struct demo_node, left);
	return off;
}

static int demo_select(int a)
{
	if (__builtin_types_compatible_p(typeof(a), int))
		return __builtin_choose_expr(sizeof(a) == 4, a, 0);
	return __builtin_choose_expr(0, 1, (int)sizeof(struct demo_node));
}

static int demo_sum_args(int count, ...)
{
	__builtin_va_list ap;
	int total = 0;

	__builtin_va_start(ap, count);
	while (count--)
		total += __builtin_va_arg(ap, int);
	__builtin_va_end(ap);
	return total;
}

static void demo_never(int state)
{
	if (state == 0)
		return;
	__builtin_unreachable();
}

static int demo_likely_zero(long v)
{
	if (__builtin_expect(!!(v), 0))
		return (int)__builtin_expect(v, 1);
	return demo_sum_args(1, (int)demo_offsets());
}
