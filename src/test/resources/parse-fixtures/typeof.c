/* functions: demo_swap_longs demo_first_item demo_clamp_len demo_shadow */
/*
 * Parse fixture: typeof and __typeof__ in declarations and casts.
 */

struct demo_item {
	unsigned long index;
	struct demo_item *next;
};

static void demo_swap_longs(unsigned long *a, unsigned long *b)
{
	typeof(*a) tmp = *a;

	*a = *b;
	*b = tmp;
}

static struct demo_item *demo_first_item(struct demo_item *head)
{
	typeof(*head) *q = head->next;
	__typeof__(head->index) idx = q ? q->index : 0;

	if (idx == 0)
		return (typeof(head))0;
	return q;
}

static unsigned int demo_clamp_len(unsigned long len)
{
	__typeof__(len) limit = 4096;
	typeof(limit) *lp = &limit;

	if (len > *lp)
		len = *lp;
	return (typeof(0U))len;
}

static long demo_shadow(long x)
{
	typeof(x) y = x * 2, z = (__typeof__(x))(y >> 1);
	typeof(long) arr[2] = { y, z };
	const typeof(arr[0]) *first = &arr[0];

	return *first + (typeof(x))sizeof(typeof(arr));
}
