/* functions: demo_register demo_unregister demo_core_init demo_parse_opt demo_late_init SYSCALL_DEFINE3 */
/* Parse fixture: macros used as top-level declarations. */

struct demo_stats {
	unsigned long hits;
	unsigned long misses;
};

static DEFINE_SPINLOCK(demo_lock);
static DEFINE_MUTEX(demo_mutex);
DEFINE_STATIC_KEY_FALSE(demo_key);
static DECLARE_WAIT_QUEUE_HEAD(demo_wq);
DEFINE_PER_CPU(struct demo_stats, demo_pcpu_stats);

static int demo_depth = 4;
module_param(demo_depth, int, 0644);
MODULE_PARM_DESC(demo_depth, "lookup depth");

int demo_register(int id)
{
	spin_lock(&demo_lock);
	demo_depth += id;
	spin_unlock(&demo_lock);
	return 0;
}
EXPORT_SYMBOL(demo_register);

void demo_unregister(int id)
{
	mutex_lock(&demo_mutex);
	demo_depth -= id;
	mutex_unlock(&demo_mutex);
}
EXPORT_SYMBOL_GPL(demo_unregister);

static int __init demo_core_init(void)
{
	static_branch_enable(&demo_key);
	return 0;
}
core_initcall(demo_core_init);

static int __init demo_parse_opt(char *str)
{
	demo_depth = simple_strtoul(str, NULL, 0);
	return 1;
}
__setup("demo_depth=", demo_parse_opt);

static int __init demo_late_init(void)
{
	wake_up(&demo_wq);
	return 0;
}
late_initcall(demo_late_init);

SYSCALL_DEFINE3(demo_advise, unsigned long, start, size_t, len, int, flags)
{
	if (flags & ~1)
		return -EINVAL;
	if (static_branch_unlikely(&demo_key))
		this_cpu_inc(demo_pcpu_stats.hits);
	return start + len > start ? 0 : -ENOMEM;
}
