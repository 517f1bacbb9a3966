/* functions: demo_copy_flag demo_hot_lookup demo_slow_path demo_lock demo_unlock demo_reserve demo_log demo_arch_setup demo_online_node demo_init demo_exit */
/* Parse fixture: sparse and section annotations (macros in the kernel). */

struct demo_dev {
	void __iomem *regs;
	struct demo_cfg __rcu *cfg;
	unsigned long __percpu *stats;
	spinlock_t lock;
} __cacheline_aligned_in_smp;

struct demo_msg { u32 id; u16 len; } __packed;
struct demo_desc { u64 addr; } __aligned(8);

static int demo_level __initdata = 2;
static unsigned long demo_limit __read_mostly = 64;
static const char *demo_name __ro_after_init = "demo";
static struct demo_dev demo_the_dev;

asmlinkage long notrace demo_sys_hook(unsigned long arg);
void __sched demo_wait_idle(void);
static int __ref __maybe_unused demo_mem_probe(int nid);

static int demo_copy_flag(int __user *uptr, struct demo_dev *d)
{
	u32 v = readl((void __iomem *)((unsigned long __force)d->regs + 4));

	return put_user((__force int)v, uptr);
}

static __always_inline int demo_hot_lookup(int key) { return key & 7; }

static noinline void __cold demo_slow_path(int key) { demo_limit = key; }

static void demo_lock(struct demo_dev *d) __acquires(d->lock)
{
	spin_lock(&d->lock);
}

static void demo_unlock(struct demo_dev *d) __releases(d->lock)
{
	spin_unlock(&d->lock);
}

static int __must_check demo_reserve(struct demo_dev *d, int n)
	__must_hold(&d->lock)
{
	return n > 0 ? demo_hot_lookup(n) : -EINVAL;
}

static __printf(2, 3) __maybe_unused
void demo_log(int lvl, const char *fmt, ...)
{
}

void __weak demo_arch_setup(void) { }

static int __meminit demo_online_node(int nid) { return nid >= 0; }

static int __init demo_init(void)
{
	demo_lock(&demo_the_dev);
	demo_level = demo_reserve(&demo_the_dev, demo_level);
	demo_unlock(&demo_the_dev);
	return demo_online_node(demo_level) && demo_name;
}

static void __exit demo_exit(void) { demo_slow_path(0); }
