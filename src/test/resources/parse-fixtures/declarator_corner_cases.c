/* functions: demo_find_last demo_poll demo_notify_all demo_each_thread demo_label_name demo_call_each demo_scaled */
/*
 * Hand-written for gupcheck: names that look like types but are declared as
 * variables, typedefs in parentheses, annotations gupcheck does not know,
 * and macros standing in for syntax.
 */
#include <linux/list.h>

typedef void (demo_visit_t)(struct demo_item *item, void *data);
typedef int (**demo_table_t)(int);

struct demo_page {
	unsigned long flags;
	unsigned char payload[] DEMO_ALIGN_PAYLOAD;
};

struct demo_task {
	struct list_head node;
	struct task_struct *owner_t;
};

static const char *demo_names[] = {
	DEMO_NAME_LIST
	NULL
};

static int demo_slice = (DEMO_MSEC * DEMO_SLICES) / DEMO_HZ;

static struct demo_item *demo_find_last(struct list_head *head)
{
	struct demo_item *last_t = NULL, *item;

	list_for_each_entry(item, head, node)
		last_t = item;
	if (last_t)
		last_t->flags |= DEMO_SEEN;
	return last_t;
}

static unsigned int demo_poll(struct file *filp, poll_table *poll_table)
{
	poll_wait(filp, &demo_wq, poll_table);
	return 0;
}

static void demo_notify_all(struct notifier_block *nb)
{
	struct demo_item *item;

	list_for_each_entry(item, &demo_list, node)
		(void) nb->notifier_call(nb, DEMO_EVENT, item);
}

static void demo_each_thread(struct task_struct *p)
{
	struct task_struct *t = p;

	do {
		demo_count(t);
	} while_each_demo_thread(p, t);
}

static bool demo_label_name(const char *src)
{
	char __demo_counted *name;

	name = demo_strdup(src);
	return name != NULL;
}

static void demo_call_each(demo_visit_t *visit, void *data)
{
	struct demo_item *item;

	list_for_each_entry(item, &demo_list, node)
		visit(item, data);
}

static int demo_scaled(int value)
{
	return value * demo_slice;
}
