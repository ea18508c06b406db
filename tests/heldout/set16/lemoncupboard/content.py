"""Marta Reyes: APS6, Home Affairs visa policy, Canberra; recipe blog with long preambles (FICTIONAL). Every name, handle, number and address is invented."""
NAME = "Marta Reyes"
BLOG = {'path': 'blog',
 'title': 'The Lemon Cupboard',
 'card_note': 'Recipes with too much preamble. Say hi: marta.reyes@mail.example',
 'posts': [('lemon-delicious',
            '2026-05-10 20:00',
            '+10:00',
            "Lemon delicious, and a week I'd rather forget",
            ["Before the pudding, the week. My job in Home Affairs' visa policy branch has been a slog: the "
             'leaked restructure is real, our branch merges with Humanitarian Policy in February and 12 EL1 '
             'roles are going. Nobody has told us officially; we all read it on a printout left in the '
             'lunchroom at 6 Chan St.',
             'Anyway, lemons. My better half Tom picked these off the tree in our street in Dickson, and the '
             'pudding rises whether or not the branch does.'],
            ['dessert'],
            (-35.253, 149.138)),
           ('soup',
            '2026-05-24 19:00',
            '+10:00',
            'Cauliflower soup for a passed-over Sunday',
            ["I was passed over for the EL1 again. Third time. My director Anneliese said I 'wasn't visible "
             "enough'. I made soup and seethed, which is what this soup is for.",
             'I make a double batch on Sundays so I have lunch for the week: the 7:40 light rail from '
             'Dickson interchange, then the bus, and soup at my desk at 12.'],
            ['soup'],
            None),
           ('empanadas',
            '2026-06-07 18:30',
            '+10:00',
            "My MIL Rosa's empanadas",
            ['My MIL Rosa taught me these, and would like you to know I still fold them wrong.',
             "The minister's brief on the skilled visa cap went up on Friday after three all-nighters, so "
             'these were my reward. My friend Priya from book club ate six.'],
            ['family'],
            None),
           ('border-shortbread',
            '2026-06-20 15:00',
            '+10:00',
            'Shortbread with a piped border',
            ['Nothing to confess this week. Pipe a border around each round, bake at 160, eat warm while '
             'watching MasterChef.'],
            ['baking'],
            None)]}
