/* functions: demo_collect demo_pick_lru demo_wait_ready demo_span */
/* Parse fixture: macros that expand to declarations, types or initializers. */

struct demo_pool {
	DECLARE_BITMAP(used, 64);
	spinlock_t lock;
	struct list_head pages;
};

static struct demo_pool demo_main_pool = {
	.lock = __SPIN_LOCK_UNLOCKED(demo_main_pool.lock),
	.pages = LIST_HEAD_INIT(demo_main_pool.pages),
};

static int demo_collect(struct demo_pool *pool)
{
	LIST_HEAD(victims);
	DECLARE_BITMAP(mask, 64);
	spinlock_t local_lock = __SPIN_LOCK_UNLOCKED(local_lock);
	struct demo_pool shadow = INIT_DEMO_POOL(shadow);
	struct page *page;

	bitmap_zero(mask, 64);
	spin_lock(&local_lock);
	list_splice_init(&pool->pages, &victims);
	spin_unlock(&local_lock);
	if (list_empty(&victims))
		return 0;
	page = list_first_entry(&victims, struct page, lru);
	return page != NULL && shadow.used[0] == 0;
}

static struct page *demo_pick_lru(struct list_head *entry)
{
	return container_of(entry, struct page, lru);
}

static void demo_wait_ready(wait_queue_head_t *wq, bool *ready)
{
	DEFINE_WAIT(w);

	prepare_to_wait(wq, &w, TASK_UNINTERRUPTIBLE);
	if (!*ready)
		schedule();
	finish_wait(wq, &w);
}

static unsigned long demo_span(unsigned long a, unsigned long b)
{
	unsigned long n = min_t(unsigned long, a, b);

	n += max_t(int, 0, (int)(b - a));
	return n * sizeof(struct page) + sizeof(struct demo_pool *);
}
